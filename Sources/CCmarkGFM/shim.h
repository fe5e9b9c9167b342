#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

#if defined(__linux__)
#include <stddef.h>
/* glibc declares these only under _GNU_SOURCE, which Swift's Glibc module does not set;
   declared here for loading further copies of cmark-gfm (see CmarkLibrary in Cmark.swift). */
typedef struct {
    const char *dli_fname;
    void *dli_fbase;
    const char *dli_sname;
    void *dli_saddr;
} atlas_dl_info;
extern void *dlmopen(long namespace_id, const char *file, int mode);
extern int dlinfo(void *handle, int request, void *info);
extern int dladdr(const void *address, atlas_dl_info *info);
extern void *dlsym(void *handle, const char *symbol);

/* The file `function` was loaded from, or NULL. */
static inline const char *atlas_library_path(const void *function) {
    atlas_dl_info info;
    return dladdr(function, &info) ? info.dli_fname : NULL;
}

/* Loads `extensions` (and with it cmark-gfm) into a new link-map namespace, so the copy has
   globals of its own; returns both handles, or NULL. */
static inline void *atlas_load_copy(const char *extensions, const char *core, void **core_handle) {
    void *handle = dlmopen(-1 /* LM_ID_NEWLM */, extensions, 2 /* RTLD_NOW */);
    if (!handle) return NULL;
    long namespace_id = 0;
    if (dlinfo(handle, 1 /* RTLD_DI_LMID */, &namespace_id) != 0) return NULL;
    *core_handle = dlmopen(namespace_id, core, 2 /* RTLD_NOW */);
    return *core_handle ? handle : NULL;
}
#endif
