import commands


def dns_lookup(host):
    return commands.getoutput("nslookup " + host)
