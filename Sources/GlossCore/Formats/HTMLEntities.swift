/// The named character references that occur in real news pages.
enum HTMLEntities {
    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "sbquo": "\u{201A}", "bdquo": "\u{201E}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "copy": "\u{A9}", "reg": "\u{AE}",
        "trade": "\u{2122}", "deg": "\u{B0}", "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}",
        "sect": "\u{A7}", "para": "\u{B6}", "middot": "\u{B7}", "bull": "\u{2022}", "times": "\u{D7}",
        "divide": "\u{F7}",
        "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "plusmn": "\u{B1}", "prime": "\u{2032}",
        "Prime": "\u{2033}", "shy": "\u{AD}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "iexcl": "\u{A1}", "iquest": "\u{BF}", "percnt": "%", "dollar": "$",
        "aacute": "á", "Aacute": "Á", "eacute": "é", "Eacute": "É", "iacute": "í", "Iacute": "Í", "oacute": "ó",
        "Oacute": "Ó", "uacute": "ú", "Uacute": "Ú", "ntilde": "ñ", "Ntilde": "Ñ", "uuml": "ü", "Uuml": "Ü",
        "ouml": "ö", "Ouml": "Ö", "auml": "ä", "Auml": "Ä", "euml": "ë", "iuml": "ï", "szlig": "ß", "ccedil": "ç",
        "Ccedil": "Ç", "agrave": "à", "Agrave": "À", "egrave": "è", "Egrave": "È", "igrave": "ì", "ograve": "ò",
        "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û", "atilde": "ã",
        "otilde": "õ", "aring": "å", "Aring": "Å", "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø",
        "eth": "ð", "thorn": "þ", "yacute": "ý", "yuml": "ÿ", "scaron": "š", "Scaron": "Š", "zcaron": "ž",
        "Zcaron": "Ž", "oelig": "œ", "OElig": "Œ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
        "mu": "μ", "pi": "π", "sigma": "σ", "omega": "ω", "larr": "\u{2190}", "rarr": "\u{2192}", "uarr": "\u{2191}",
        "darr": "\u{2193}", "minus": "\u{2212}", "le": "\u{2264}", "ge": "\u{2265}", "ne": "\u{2260}",
        "asymp": "\u{2248}",
        "infin": "\u{221E}", "micro": "\u{B5}", "ordf": "\u{AA}", "ordm": "\u{BA}", "sup2": "\u{B2}", "sup3": "\u{B3}",
        "acute": "\u{B4}", "cedil": "\u{B8}", "uml": "\u{A8}", "macr": "\u{AF}", "curren": "\u{A4}", "brvbar": "\u{A6}",
        "not": "\u{AC}", "sup1": "\u{B9}", "lrm": "\u{200E}", "rlm": "\u{200F}",
    ]
}
