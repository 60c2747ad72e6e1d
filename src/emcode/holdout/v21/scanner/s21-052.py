def content_disposition(filename):
    return ("Content-Disposition", 'attachment; filename="' + filename + '"')
