def outage_link(report_id, label):
    href = "/outages/" + str(report_id)
    return '<a href="' + href + '">' + label + "</a>"
