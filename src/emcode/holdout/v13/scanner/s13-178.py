def error_page(code, message):
    page = """<html>
<head><title>Error %d</title></head>
<body><h1>%s</h1></body>
</html>"""
    return page % (code, message)
