from django.http import HttpResponse
from django.utils.html import format_html


def attorney_badge(request):
    name = request.GET.get("name", "")
    role = request.GET.get("role", "associate")
    return HttpResponse(format_html('<span class="badge">{} <small>({})</small></span>', name, role))
