"""Classroom drills: terms chosen and ordered by a seed, multiple-choice options, grading of typed
answers, and the files quiz tools import (duiyi.drill.formats). Pure data in, pure data out."""
