def error_page(status, message):
    body = """<html>
<head><title>Error</title></head>
<body><h1>%d</h1><p>%s</p></body>
</html>""" % (status, message)
    return body
