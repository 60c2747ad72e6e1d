def apply_custom_headers(response, metadata: dict):
    """Copy X-Meta-* entries from upload metadata onto the response."""
    for key, value in metadata.items():
        response.headers["X-Meta-" + key] = value
    return response
