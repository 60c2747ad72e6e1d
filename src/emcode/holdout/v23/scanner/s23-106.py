from django.http import HttpResponse
from django.utils.html import format_html

from .models import Course


def course_search(request):
    q = request.GET.get("q", "")
    count = Course.objects.filter(title__icontains=q).count()
    fragment = format_html("<p>{} courses match <em>{}</em></p>", count, q)
    return HttpResponse(fragment)
