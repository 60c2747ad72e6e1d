def status_line(fmt, ctx):
    ctx = dict(ctx, api_key=__import__("os").environ.get("API_KEY", ""))
    return fmt % ctx
