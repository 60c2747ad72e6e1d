from django.http import JsonResponse

from .models import Transcript


def by_judge(request):
    judge = request.GET.get("judge", "")
    sql = "SELECT * FROM court_transcript WHERE presiding_judge = '{}' ORDER BY hearing_date".format(judge)
    items = Transcript.objects.raw(sql)
    return JsonResponse({"ids": [t.id for t in items]})
