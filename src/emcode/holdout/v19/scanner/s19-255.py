class Config:
    def __init__(self, api_secret, site):
        self.api_secret = api_secret
        self.site = site

def banner(template, config):
    return template.format(**vars(config))
