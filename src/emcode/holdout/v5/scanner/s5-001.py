import bleach

def tag_list(tags):
    items = ["<li>{0}</li>".format(bleach.clean(t, tags=[], strip=True)) for t in tags]
    return "<ul>%s</ul>" % "".join(items)
