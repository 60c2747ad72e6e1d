from django.http import HttpResponse
from django.utils.html import escape


def vessel_badge(request):
    vessel = request.GET.get("vessel", "")
    label = escape(vessel)
    fragment = '<span class="vessel">' + label + "</span>"
    return HttpResponse(fragment)
