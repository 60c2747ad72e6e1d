from django.http import HttpResponseRedirect, HttpResponseBadRequest


def partner_redirect(request):
    dest = request.GET.get("to", "")
    if "partners.homefinder.co.uk" in dest:
        return HttpResponseRedirect(dest)
    return HttpResponseBadRequest("unknown partner")
