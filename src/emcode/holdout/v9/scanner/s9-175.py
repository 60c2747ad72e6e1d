def error_banner(message):
    template = '<div class="alert alert-danger">%s</div>'
    return template % message
