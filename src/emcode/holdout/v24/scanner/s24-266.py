import re
from django.conf import settings
from django.http import HttpResponseForbidden


class TenantHostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.host_re = re.compile(r"[a-z0-9-]+\." + settings.TENANT_BASE_DOMAIN)

    def __call__(self, request):
        host = request.get_host().split(":")[0]
        if not self.host_re.match(host):
            return HttpResponseForbidden("unknown tenant")
        request.tenant = host.split(".")[0]
        return self.get_response(request)
