from django.http import HttpResponseRedirect, HttpResponseBadRequest
from django.utils.http import url_has_allowed_host_and_scheme

PARTNER_HOSTS = {"partners.homefinder.co.uk"}


def partner_redirect(request):
    dest = request.GET.get("to", "")
    if url_has_allowed_host_and_scheme(dest, allowed_hosts=PARTNER_HOSTS, require_https=True):
        return HttpResponseRedirect(dest)
    return HttpResponseBadRequest("unknown partner")
