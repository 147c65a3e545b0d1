#include "io/bvhwriter.h"

#include "io/fileutil.h"
#include "io/motionreader.h"

#include <charconv>
#include <cmath>

namespace gm::motion {

namespace {

void appendNumber(std::string &out, float value)
{
    char buffer[32];
    // -0 reads back as 0 anyway; writing "0" keeps files tidy.
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value == 0.0f ? 0.0f : value);
    out.append(buffer, result.ptr);
}

void appendVec(std::string &out, const glm::vec3 &v)
{
    for (int i = 0; i < 3; ++i) {
        out += ' ';
        appendNumber(out, v[i]);
    }
}

std::string rotationChannels(RotationOrder order)
{
    const char *axes = toString(order);
    std::string s;
    for (int i = 0; i < 3; ++i)
        s += std::string(" ") + axes[i] + "rotation";
    return s;
}

struct Layout
{
    std::vector<bool> positioned; // joint has position channels
    std::vector<glm::vec3> offsets;
};

void writeJoint(std::string &out, const Skeleton &skeleton, const Layout &layout, int joint, int depth)
{
    const std::string indent(std::size_t(depth), '\t');
    const Joint &j = skeleton.joint(joint);
    out += indent + (j.parent < 0 ? "ROOT " : "JOINT ") + j.name + "\n" + indent + "{\n";
    out += indent + "\tOFFSET";
    appendVec(out, layout.offsets[std::size_t(joint)]);
    out += '\n';
    out += indent + "\tCHANNELS " + (layout.positioned[std::size_t(joint)] ? "6 Xposition Yposition Zposition" : "3")
           + rotationChannels(j.rotationOrder) + '\n';
    for (int child : skeleton.children(joint))
        writeJoint(out, skeleton, layout, child, depth + 1);
    if (j.hasEndSite) {
        out += indent + "\tEnd Site\n" + indent + "\t{\n" + indent + "\t\tOFFSET";
        appendVec(out, j.endSite);
        out += '\n' + indent + "\t}\n";
    }
    out += indent + "}\n";
}

} // namespace

std::string toBvh(const MotionClip &clip)
{
    const Skeleton &skeleton = clip.skeleton();
    const int joints = skeleton.jointCount();
    if (joints == 0 || clip.frameCount() == 0)
        throw std::invalid_argument("cannot write an empty clip as BVH");

    // BVH lists joints depth-first; our order is any topological order. Write in depth-first order
    // from each root, and emit frame values in the same order.
    std::vector<int> order;
    std::vector<int> stack;
    for (int j = joints - 1; j >= 0; --j)
        if (skeleton.parent(j) < 0)
            stack.push_back(j);
    while (!stack.empty()) {
        const int j = stack.back();
        stack.pop_back();
        order.push_back(j);
        const std::vector<int> children = skeleton.children(j);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
            stack.push_back(*it);
    }

    Layout layout;
    layout.positioned.assign(std::size_t(joints), clip.isPositionsOnly());
    layout.offsets.resize(std::size_t(joints));
    for (int j = 0; j < joints; ++j) {
        const int p = skeleton.parent(j);
        if (clip.isPositionsOnly())
            layout.offsets[std::size_t(j)]
                = p < 0 ? clip.globalPosition(0, j) : clip.globalPosition(0, j) - clip.globalPosition(0, p);
        else
            layout.offsets[std::size_t(j)] = skeleton.joint(j).offset;
        if (p < 0)
            layout.positioned[std::size_t(j)] = true;
    }
    for (int j : clip.translatedJoints())
        layout.positioned[std::size_t(j)] = true;

    std::string out = "HIERARCHY\n";
    for (int j : order)
        if (skeleton.parent(j) < 0)
            writeJoint(out, skeleton, layout, j, 0);
    out += "MOTION\nFrames: " + std::to_string(clip.frameCount()) + "\nFrame Time: ";
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, 1.0 / clip.fps());
    out.append(buffer, result.ptr);
    out += '\n';
    out.reserve(out.size() + std::size_t(clip.frameCount()) * std::size_t(joints) * 40);

    for (int f = 0; f < clip.frameCount(); ++f) {
        bool first = true;
        for (int j : order) {
            glm::vec3 values[2];
            int count = 0;
            if (layout.positioned[std::size_t(j)]) {
                const int p = skeleton.parent(j);
                values[count++]
                    = clip.isPositionsOnly()
                          ? (p < 0 ? clip.globalPosition(f, j) : clip.globalPosition(f, j) - clip.globalPosition(f, p))
                          : clip.localTranslation(f, j);
            }
            values[count++] = clip.isPositionsOnly()
                                  ? glm::vec3(0.0f)
                                  : quatToEuler(skeleton.joint(j).rotationOrder, clip.localRotation(f, j));
            for (int k = 0; k < count; ++k)
                for (int i = 0; i < 3; ++i) {
                    if (!first)
                        out += ' ';
                    first = false;
                    appendNumber(out, values[k][i]);
                }
        }
        out += '\n';
    }
    return out;
}

void writeBvh(const MotionClip &clip, const std::string &path)
{
    std::string text;
    try {
        text = toBvh(clip);
    } catch (const std::invalid_argument &e) {
        throw MotionFileError(path, e.what());
    }
    writeFileAtomically(path, text);
}

} // namespace gm::motion
