def station_link(url, label):
    tmpl = '<a class="station" href="{0}">{1}</a>'
    return tmpl.format(url, label)
