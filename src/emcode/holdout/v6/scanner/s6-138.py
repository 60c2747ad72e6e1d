import commands

def dig(hostname):
    return commands.getoutput("dig +short " + hostname)
