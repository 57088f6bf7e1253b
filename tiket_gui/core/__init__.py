"""The Qt-free engine: requests, formats, results, comparison. Nothing below here imports Qt."""
