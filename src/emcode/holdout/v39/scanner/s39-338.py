def episode_link(url, label):
    tpl = '<a href="{0}" class="ep">{1}</a>'
    return tpl.format(url, label)
