// HTTP through libcurl, loaded with dlopen on the first request rather than linked: the guided mode never
// talks to the network, and linking libcurl (with OpenSSL and a dozen libraries behind it) would add to
// every start of the wizard and to its memory.
#include "omw_http.h"

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    void (*easy_reset)(CURL *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static char load_error[200];

// Idle handles, kept with their open connections: a handle reused after curl_easy_reset keeps its live
// connections, so a run of calls to the same org pays for one TCP and TLS handshake, not one per call.
// Each request takes its own handle, so parallel requests never share one.
enum { IDLE_HANDLES = 8 };
static CURL *idle[IDLE_HANDLES];
static int idle_count;
static pthread_mutex_t idle_lock = PTHREAD_MUTEX_INITIALIZER;

static void load_curl(void) {
    // Debian's OpenSSL build first, then the GnuTLS one; either speaks HTTPS with the system's CAs.
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4"};
    void *library = NULL;
    for (size_t i = 0; i < sizeof names / sizeof names[0] && library == NULL; i++) {
        library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        snprintf(load_error, sizeof load_error, "libcurl.so.4: %s", dlerror());
        return;
    }
#define LOAD(field, symbol) *(void **)(&curl.field) = dlsym(library, symbol)
    LOAD(global_init, "curl_global_init");
    LOAD(easy_init, "curl_easy_init");
    LOAD(easy_setopt, "curl_easy_setopt");
    LOAD(easy_perform, "curl_easy_perform");
    LOAD(easy_getinfo, "curl_easy_getinfo");
    LOAD(easy_cleanup, "curl_easy_cleanup");
    LOAD(easy_strerror, "curl_easy_strerror");
    LOAD(slist_append, "curl_slist_append");
    LOAD(slist_free_all, "curl_slist_free_all");
    LOAD(easy_reset, "curl_easy_reset");
#undef LOAD
    if (!curl.global_init || !curl.easy_init || !curl.easy_setopt || !curl.easy_perform || !curl.easy_getinfo
        || !curl.easy_cleanup || !curl.easy_strerror || !curl.slist_append || !curl.slist_free_all
        || !curl.easy_reset) {
        snprintf(load_error, sizeof load_error, "libcurl.so.4 lacks a function omwizard needs");
        curl.easy_init = NULL;
        return;
    }
    curl.global_init(CURL_GLOBAL_DEFAULT);
}

static CURL *take_handle(void) {
    CURL *handle = NULL;
    pthread_mutex_lock(&idle_lock);
    if (idle_count > 0) handle = idle[--idle_count];
    pthread_mutex_unlock(&idle_lock);
    if (handle != NULL) {
        curl.easy_reset(handle);
        return handle;
    }
    return curl.easy_init();
}

static void give_back(CURL *handle) {
    pthread_mutex_lock(&idle_lock);
    if (idle_count < IDLE_HANDLES) {
        idle[idle_count++] = handle;
        handle = NULL;
    }
    pthread_mutex_unlock(&idle_lock);
    if (handle != NULL) curl.easy_cleanup(handle);
}

typedef struct {
    unsigned char *bytes;
    size_t length;
    size_t capacity;
    int out_of_memory;
} buffer;

static size_t append(buffer *target, const void *data, size_t length) {
    if (target->length + length + 1 > target->capacity) {
        size_t capacity = target->capacity ? target->capacity : 4096;
        while (capacity < target->length + length + 1) capacity *= 2;
        unsigned char *grown = realloc(target->bytes, capacity);
        if (grown == NULL) {
            target->out_of_memory = 1;
            return 0;
        }
        target->bytes = grown;
        target->capacity = capacity;
    }
    memcpy(target->bytes + target->length, data, length);
    target->length += length;
    target->bytes[target->length] = 0;
    return length;
}

static size_t on_body(char *data, size_t size, size_t count, void *target) {
    return append(target, data, size * count);
}

static size_t on_header(char *data, size_t size, size_t count, void *target) {
    buffer *headers = target;
    // A status line starts a new response (after a 100 Continue, say): keep only the last one's headers.
    if (size * count > 5 && memcmp(data, "HTTP/", 5) == 0) headers->length = 0;
    return append(headers, data, size * count);
}

static int classify(CURLcode code) {
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT: return OMW_HTTP_TIMEOUT;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    // The connection was lost before a whole response came: as unreachable, a read may be sent again.
    case CURLE_GOT_NOTHING:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_PARTIAL_FILE: return OMW_HTTP_UNREACHABLE;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CACERT_BADFILE: return OMW_HTTP_TLS;
    default: return OMW_HTTP_OTHER;
    }
}

void omw_http_perform(const char *method, const char *url,
                      const char *const *headers, size_t header_count,
                      const unsigned char *body, size_t body_length,
                      long timeout_milliseconds, int fresh_connection, omw_http_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load_curl);
    if (curl.easy_init == NULL) {
        response->failure = OMW_HTTP_NO_LIBRARY;
        snprintf(response->message, sizeof response->message, "%s", load_error);
        return;
    }
    CURL *handle = take_handle();
    if (handle == NULL) {
        response->failure = OMW_HTTP_OTHER;
        snprintf(response->message, sizeof response->message, "curl_easy_init failed");
        return;
    }
    struct curl_slist *list = NULL;
    for (size_t i = 0; i < header_count; i++) list = curl.slist_append(list, headers[i]);
    // Without this libcurl adds "Expect: 100-continue" to larger bodies and waits for the server's go-ahead.
    list = curl.slist_append(list, "Expect:");

    buffer received = {0}, received_headers = {0};
    char error[CURL_ERROR_SIZE] = {0};
    curl.easy_setopt(handle, CURLOPT_URL, url);
    curl.easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl.easy_setopt(handle, CURLOPT_TIMEOUT_MS, timeout_milliseconds);
    curl.easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, timeout_milliseconds < 10000 ? timeout_milliseconds : 10000L);
    curl.easy_setopt(handle, CURLOPT_HTTPHEADER, list);
    curl.easy_setopt(handle, CURLOPT_ERRORBUFFER, error);
    curl.easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl.easy_setopt(handle, CURLOPT_WRITEDATA, &received);
    curl.easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl.easy_setopt(handle, CURLOPT_HEADERDATA, &received_headers);
    curl.easy_setopt(handle, CURLOPT_USERAGENT, "omwizard");
    if (fresh_connection) curl.easy_setopt(handle, CURLOPT_FRESH_CONNECT, 1L);
    if (strcmp(method, "GET") == 0) {
        curl.easy_setopt(handle, CURLOPT_HTTPGET, 1L);
    } else {
        curl.easy_setopt(handle, CURLOPT_CUSTOMREQUEST, method);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_length);
        curl.easy_setopt(handle, CURLOPT_POSTFIELDS, body_length > 0 ? (const char *)body : "");
    }

    CURLcode code = curl.easy_perform(handle);
    if (code == CURLE_OK && !received.out_of_memory && !received_headers.out_of_memory) {
        curl.easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &response->status);
        response->body = received.bytes;
        response->body_length = received.length;
        response->headers = (char *)received_headers.bytes;
        response->headers_length = received_headers.length;
    } else {
        free(received.bytes);
        free(received_headers.bytes);
        response->failure = code == CURLE_OK ? OMW_HTTP_OTHER : classify(code);
        snprintf(response->message, sizeof response->message, "%s",
                 code == CURLE_OK ? "out of memory" : (error[0] ? error : curl.easy_strerror(code)));
    }
    curl.slist_free_all(list);
    // A handle whose transfer failed may hold a broken connection: it is not kept.
    if (code == CURLE_OK) give_back(handle); else curl.easy_cleanup(handle);
}

void omw_http_response_free(omw_http_response *response) {
    free(response->body);
    free(response->headers);
    response->body = NULL;
    response->headers = NULL;
}
