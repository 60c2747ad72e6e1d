import html


def outage_link(report_id, label):
    href = "/outages/%d" % int(report_id)
    return '<a href="%s">%s</a>' % (href, html.escape(label, quote=True))
