def download_headers(report_name):
    return [
        ("Content-Type", "application/pdf"),
        ("Content-Disposition", 'attachment; filename="%s.pdf"' % report_name),
    ]
