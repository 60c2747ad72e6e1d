from django.http import HttpResponse
from django.utils.html import format_html


def volunteer_badge(request):
    name = request.GET.get("name", "Volunteer")
    role = request.GET.get("role", "Dog walker")
    html = format_html(
        '<div class="badge"><strong>{}</strong><br><span>{}</span></div>',
        name,
        role,
    )
    return HttpResponse(html)
