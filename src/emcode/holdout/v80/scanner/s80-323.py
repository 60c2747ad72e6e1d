from defusedxml.ElementTree import fromstring, ParseError
from django.http import JsonResponse, HttpResponseBadRequest
from django.views.decorators.http import require_POST
from django.contrib.auth.decorators import login_required


@login_required
@require_POST
def import_roster(request):
    try:
        root = fromstring(request.body)
    except ParseError:
        return HttpResponseBadRequest("invalid xml")
    names = [n.text for n in root.findall("./tuner/name")]
    return JsonResponse({"tuners": names})
