from django.http import HttpResponse
from django.utils.safestring import mark_safe

from .models import Course


def course_search(request):
    q = request.GET.get("q", "")
    count = Course.objects.filter(title__icontains=q).count()
    fragment = mark_safe("<p>%d courses match <em>%s</em></p>" % (count, q))
    return HttpResponse(fragment)
