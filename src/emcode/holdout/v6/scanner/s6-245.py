from lxml import etree

def user_role(tree, username):
    res = tree.xpath("//user[name='%s']/role/text()" % username)
    return res[0] if res else None
