from django.http import HttpResponse
from django.utils.html import format_html


def course_search(request):
    code = request.GET.get("code", "")
    message = format_html("<p>No course found with code <b>{}</b>.</p>", code)
    return HttpResponse(message, status=404)
