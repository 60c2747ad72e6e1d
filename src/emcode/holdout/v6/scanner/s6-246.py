from lxml import etree

def user_role(tree, username: str):
    res = tree.xpath("//user[name=$n]/role/text()", n=username)
    return res[0] if res else None
