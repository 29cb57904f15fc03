#ifndef GLOSS_STORE_SYNC_H
#define GLOSS_STORE_SYNC_H

/* syncfs(2) flushes one file system; Swift's C library module hides it (a GNU extension).
   Declared here rather than through <unistd.h>, which the module cache has already read
   without _GNU_SOURCE. Elsewhere than Linux it reports "not done" and callers fsync files. */
#ifdef __linux__
extern int syncfs(int fd);
static inline int gloss_syncfs(int fd) { return syncfs(fd); }
#else
static inline int gloss_syncfs(int fd) { (void)fd; return -1; }
#endif

#endif
