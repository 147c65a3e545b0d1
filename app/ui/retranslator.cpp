#include "ui/retranslator.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>

namespace gm::ui {

void Retranslator::add(QObject *target, const char *property, const char *source)
{
    Entry e{target, property, source, {}};
    set(e);
    mEntries.push_back(std::move(e));
}

void Retranslator::call(QObject *guard, std::function<void()> apply)
{
    apply();
    mEntries.push_back({guard, {}, nullptr, std::move(apply)});
}

QString Retranslator::translate(const char *source) const
{
    return QCoreApplication::translate(mContext, source);
}

void Retranslator::set(const Entry &e) const
{
    if (!e.target)
        return;
    if (e.apply)
        e.apply();
    else
        e.target->setProperty(e.property.constData(), translate(e.source));
}

void Retranslator::retranslate()
{
    // Forget what was destroyed (recent-file actions, rebuilt lanes), then set the rest.
    mEntries.erase(std::remove_if(mEntries.begin(), mEntries.end(), [](const Entry &e) { return e.target.isNull(); }),
                   mEntries.end());
    for (const Entry &e : mEntries)
        set(e);
}

} // namespace gm::ui
