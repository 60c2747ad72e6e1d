def error_page(message, code=400):
    body = """<!DOCTYPE html>
<html><head><title>Error %d</title></head>
<body><h1>Request failed</h1><p>%s</p></body></html>""" % (code, message)
    return body
