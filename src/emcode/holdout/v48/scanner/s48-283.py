from django.http import HttpResponse
from django.utils.html import format_html, format_html_join


def subjects_fragment(request):
    subjects = [s.strip() for s in request.GET.get("subjects", "").split(",") if s.strip()]
    items = format_html_join("", "<li>{}</li>", ((s,) for s in subjects))
    return HttpResponse(format_html("<ul class='subjects'>{}</ul>", items))
