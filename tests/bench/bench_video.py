#!/usr/bin/python3
"""The skeleton video motion papers make with matplotlib (a 3-D line plot per frame, saved with
FFMpegWriter), on the joints bench_video wrote: 1280x720, 30 fps, H.264. Prints the seconds.

Usage: /usr/bin/python3 tests/bench/bench_video.py /tmp/bench_video_joints.npy [OUT.mp4]
Needs Debian's python3-matplotlib and ffmpeg: packaging/install-deps.sh --bench installs them.
"""
import os
import sys
import tempfile
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.animation as animation  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402


def main():
    joints = np.load(sys.argv[1])  # [T, J, 3], metres, Y up
    parents = [int(x) for x in open(os.path.join(os.path.dirname(sys.argv[1]), "bench_video_parents.txt"))]
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(tempfile.mkdtemp(), "matplotlib.mp4")
    started = time.perf_counter()
    fig = plt.figure(figsize=(12.8, 7.2), dpi=100)
    ax = fig.add_subplot(111, projection="3d")
    lo, hi = joints.reshape(-1, 3).min(0), joints.reshape(-1, 3).max(0)
    lines = [ax.plot([], [], [], lw=2)[0] for j in range(len(parents)) if parents[j] >= 0]
    bones = [(j, parents[j]) for j in range(len(parents)) if parents[j] >= 0]
    ax.set_xlim(lo[0], hi[0])
    ax.set_ylim(lo[2], hi[2])
    ax.set_zlim(lo[1], hi[1])
    title = ax.set_title("")

    def draw(t):
        for line, (j, p) in zip(lines, bones):
            a, b = joints[t, j], joints[t, p]
            line.set_data([a[0], b[0]], [a[2], b[2]])
            line.set_3d_properties([a[1], b[1]])
        title.set_text("frame %d" % t)
        return lines

    anim = animation.FuncAnimation(fig, draw, frames=joints.shape[0], blit=False)
    anim.save(out, writer=animation.FFMpegWriter(fps=30, codec="libx264"), dpi=100)
    seconds = time.perf_counter() - started
    print("matplotlib: %d frames at 1280x720 in %.1f s (%.1f fps) -> %s" % (joints.shape[0], seconds,
                                                                           joints.shape[0] / seconds, out))


if __name__ == "__main__":
    main()
