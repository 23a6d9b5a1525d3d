#ifndef OMW_HTTP_H
#define OMW_HTTP_H

#include <stddef.h>

/// Why a request got no HTTP response.
enum omw_http_failure {
    OMW_HTTP_OK = 0,
    /// libcurl could not be loaded (the message says which file was tried).
    OMW_HTTP_NO_LIBRARY = 1,
    OMW_HTTP_TIMEOUT = 2,
    /// The host could not be resolved or reached, or the connection broke before a whole response came.
    OMW_HTTP_UNREACHABLE = 3,
    /// The TLS handshake or certificate check failed.
    OMW_HTTP_TLS = 4,
    OMW_HTTP_OTHER = 5,
};

typedef struct {
    long status;
    unsigned char *body;
    size_t body_length;
    /// The raw header lines of the final response, CRLF-separated.
    char *headers;
    size_t headers_length;
    int failure;
    char message[256];
} omw_http_response;

/// Performs one request and fills `response`, which must then be released with omw_http_response_free.
/// Blocks the calling thread; safe to call from several threads at once. Redirects are not followed, and
/// only http and https are spoken. `fresh_connection` (for a request that must not be sent twice) opens a
/// new connection: on a reused one that turns out closed, libcurl would send the request again by itself.
void omw_http_perform(const char *method, const char *url,
                      const char *const *headers, size_t header_count,
                      const unsigned char *body, size_t body_length,
                      long timeout_milliseconds, int fresh_connection, omw_http_response *response);

void omw_http_response_free(omw_http_response *response);

#endif
