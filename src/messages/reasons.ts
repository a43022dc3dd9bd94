/**
 * Why a file could not be read, in words a clerk understands, from Node's error code.
 * Unknown codes are shown as they are, so nothing is hidden.
 */
import type { Lang } from '../types.js';

const REASONS: Readonly<Record<string, { zh: string; en: string }>> = {
  ENOENT: { zh: '文件不存在，或在检查前已被移走、删除', en: 'the file does not exist or was moved or deleted before it could be read' },
  NOMATCH: { zh: '没有与该通配符匹配的文件', en: 'no file matches this pattern' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个文件夹，不是文件', en: 'this is a folder, not a file' },
  ELOOP: { zh: '快捷方式（符号链接）互相指向，形成循环', en: 'the symbolic links point at each other in a loop' },
  ENAMETOOLONG: { zh: '路径太长', en: 'the path is too long' },
  EMFILE: { zh: '同时打开的文件太多', en: 'too many files open at once' },
  EIO: { zh: '磁盘读取出错', en: 'a disk read error' },
  ENOTDIR: { zh: '路径中有一段是文件而不是文件夹（文件名后是否多了“/”？）', en: 'part of the path is a file, not a folder (a "/" after a file name?)' },
  ENOTFILE: { zh: '不是普通文件（可能是管道或设备），未读取', en: 'not a regular file (a pipe or device); not read' },
  ENAMEBYTES: {
    zh: '文件名不是 UTF-8 编码（多半是 Windows 压缩包解压出来的 GBK 文件名），命令行传来的名字里这些字节已丢失，而文件夹里有不止一个文件与之相符，无法确定是哪一个；请检查整个文件夹，或先改名：convmv -f gbk -t utf8 --notest <文件>',
    en: 'the name is not UTF-8 (most likely a GBK name from an archive made on Windows); its bytes were lost on the command line and more than one file in the folder matches what is left, so which one is meant is unknown; check the whole folder, or rename first: convmv -f gbk -t utf8 --notest <file>',
  },
  EMPTYDIR: { zh: '文件夹中没有可检查的文件（.txt、.md、.docx）', en: 'the folder holds no files to check (.txt, .md, .docx)' },
};

export function reasonText(reason: string | number | undefined, lang: Lang): string {
  const known = REASONS[String(reason)];
  return known ? known[lang] : String(reason);
}
