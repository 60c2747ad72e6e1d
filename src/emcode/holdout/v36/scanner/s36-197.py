from django.db.models import Q
from django.shortcuts import render

from .models import Course


def course_search(request):
    q = request.GET.get("q", "").strip()
    courses = Course.objects.none()
    if q:
        courses = Course.objects.filter(Q(code__icontains=q) | Q(title__icontains=q))[:50]
    return render(request, "catalog/search.html", {"q": q, "courses": courses})
