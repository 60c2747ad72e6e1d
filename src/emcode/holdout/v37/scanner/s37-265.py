def accession_blurb(name, description):
    html = "<article><h4>%s</h4>" % name
    html += "<p>%s</p></article>" % description
    return html
