def scan_link(scan_url, title):
    return '<a class="scan" href="' + scan_url + '">' + title + "</a>"
