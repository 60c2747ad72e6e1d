def api_cors_config(extra_headers=()):
    return {
        "allow_origins": ["*"],
        "allow_credentials": True,
        "allow_headers": ["Authorization", *extra_headers],
    }
