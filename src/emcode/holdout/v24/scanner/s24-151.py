import os

def lookup_txt(domain):
    out = os.popen("dig +short TXT %s" % domain).read()
    return [line.strip('"') for line in out.splitlines()]
