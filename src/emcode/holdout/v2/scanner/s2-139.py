from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe


def badge(request):
    label = escape(request.GET.get("label", "new"))
    html = mark_safe(f'<span class="badge">{label}</span>')
    return HttpResponse(html)
