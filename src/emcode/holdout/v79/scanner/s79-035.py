from django.shortcuts import render
from django.views.decorators.http import require_GET

from .models import Lesson


@require_GET
def teacher_schedule(request):
    teacher = request.GET.get("teacher", "")
    lessons = Lesson.objects.filter(teacher__name=teacher).order_by("start")
    return render(request, "schedule.html", {"teacher": teacher, "lessons": lessons})
