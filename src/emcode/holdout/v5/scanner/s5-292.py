def tag_list(tags):
    items = ["<li>{0}</li>".format(t) for t in tags]
    return "<ul>%s</ul>" % "".join(items)
