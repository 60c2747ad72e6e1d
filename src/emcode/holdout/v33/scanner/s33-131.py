from django.http import HttpResponse

from .models import Lesson


def lesson_audio(request, lesson_id: int):
    lesson = Lesson.objects.get(pk=lesson_id)
    resp = HttpResponse(lesson.audio.read(), content_type="audio/mpeg")
    resp["Content-Length"] = str(lesson.audio.size)
    resp["X-Lesson-Id"] = str(lesson.pk)
    resp["Content-Disposition"] = f'inline; filename="lesson-{lesson.pk}.mp3"'
    resp["Cache-Control"] = "private, max-a