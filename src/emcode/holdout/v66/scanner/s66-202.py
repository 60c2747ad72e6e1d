import _pickle as cPickle
from django.http import JsonResponse


def import_schedule(request):
    upload = request.FILES["schedule"]
    sched = cPickle.loads(upload.read())
    count = 0
    for day, slots in sched.items():
        for s in sl