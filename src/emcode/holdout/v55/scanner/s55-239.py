def error_page(message):
    return "<html><body><h1>Something went wrong</h1><pre>" + message + "</pre></body></html>"
